package org.campaignbot.console;

import jakarta.servlet.http.HttpServletRequest;
import org.campaignbot.admin.ActionLog;
import org.campaignbot.security.ConsoleUser;
import org.springframework.security.core.Authentication;

/** Who is doing something in the console, and the 操作记录 line that says so. */
final class Actor {
    private Actor() {
    }

    static String name(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof ConsoleUser u ? u.label()
                : authentication == null ? "" : authentication.getName();
    }

    static void record(ActionLog actions, Authentication authentication, HttpServletRequest request, String action,
                       String detail, boolean ok) {
        actions.record(name(authentication), request.getRemoteAddr(), action, detail, ok ? ActionLog.SUCCESS : ActionLog.FAILED);
    }
}
