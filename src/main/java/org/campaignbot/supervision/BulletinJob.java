package org.campaignbot.supervision;

import java.time.LocalDate;
import org.campaignbot.calendar.WorkdayCalendar;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Posts the bulletin to every group with {@code bulletins: true}, once per group per day (outbox key). */
@Component
public class BulletinJob {
    private static final Logger log = LoggerFactory.getLogger(BulletinJob.class);
    private final Bulletin bulletin;
    private final Ledger ledger;
    private final ContactDirectory contacts;
    private final WorkdayCalendar calendar;
    private final Outbox outbox;
    private final SupervisionProperties properties;

    public BulletinJob(Bulletin bulletin, Ledger ledger, ContactDirectory contacts, WorkdayCalendar calendar, Outbox outbox,
                       SupervisionProperties properties) {
        this.bulletin = bulletin;
        this.ledger = ledger;
        this.contacts = contacts;
        this.calendar = calendar;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Returns how many messages were newly queued. Days off are skipped, like reminders: nobody reads it then. */
    public int post() {
        LocalDate today = ledger.today();
        if (!calendar.isWorkday(today)) {
            log.info("督办通报：{} 不是工作日，本次不发送", today);
            return 0;
        }
        var message = OutboundMessage.markdown(Bulletin.TITLE, bulletin.render(properties.bulletinMaxItems()));
        int queued = 0;
        for (Contacts.Group group : contacts.current().groups()) {
            if (group.bulletins()) {
                for (OutboundTarget target : group.robots()) {
                    queued += enqueue(today, target, message);
                }
            }
        }
        return queued;
    }

    private int enqueue(LocalDate today, OutboundTarget target, OutboundMessage message) {
        return outbox.enqueue("bulletin:" + today + ":" + target.key(), target, message) ? 1 : 0;
    }
}
