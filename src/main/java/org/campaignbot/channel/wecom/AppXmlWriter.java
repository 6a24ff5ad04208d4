package org.campaignbot.channel.wecom;

import static org.campaignbot.channel.wecom.SafeXml.cdata;

/** The two XML documents of a passive app reply: the plaintext text message, and the encrypted envelope around it. */
final class AppXmlWriter {
    private AppXmlWriter() {
    }

    static String textMessage(String toUser, String fromCorp, long createTime, String content) {
        return "<xml><ToUserName>" + cdata(toUser) + "</ToUserName><FromUserName>" + cdata(fromCorp)
                + "</FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType>" + cdata("text")
                + "</MsgType><Content>" + cdata(content) + "</Content></xml>";
    }

    static String envelope(WeComCodec.Sealed sealed) {
        return "<xml><Encrypt>" + cdata(sealed.encrypt()) + "</Encrypt><MsgSignature>" + cdata(sealed.signature())
                + "</MsgSignature><TimeStamp>" + sealed.timestamp() + "</TimeStamp><Nonce>" + cdata(sealed.nonce())
                + "</Nonce></xml>";
    }
}
