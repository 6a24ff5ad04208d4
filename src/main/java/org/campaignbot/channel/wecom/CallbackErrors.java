package org.campaignbot.channel.wecom;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
    ResponseEntity<Map<String, String>> refused(CallbackRefusal e) {
        log.warn("拒绝企业微信回调（{}）：{}", e.status.value(), e.getMessage());
        return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> failed(Exception e) {
        log.error("企业微信回调处理出错", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "服务暂时不可用，请稍后再试"));
    }
}
