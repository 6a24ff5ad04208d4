package org.campaignbot.channel.wecom;

import org.campaignbot.common.ErrorBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals from the WeCom callbacks as {@code {"error":"…"}} with their status; anything unexpected as a 503 without
 * a stack trace (WeCom retries, and the retry is deduplicated). Scoped to this package's controllers.
 */
@RestControllerAdvice(basePackageClasses = CallbackErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CallbackErrors {
    private static final Logger log = LoggerFactory.getLogger(CallbackErrors.class);

    @ExceptionHandler(CallbackRefusal.class)
    ResponseEntity<ErrorBody> refused(CallbackRefusal e) {
        log.warn("拒绝企业微信回调（{}）：{}", e.status.value(), e.getMessage());
        return ErrorBody.response(e.status, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> failed(Exception e) {
        log.error("企业微信回调处理出错", e);
        return ErrorBody.response(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后再试");
    }
}
