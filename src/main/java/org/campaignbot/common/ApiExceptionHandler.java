package org.campaignbot.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a caller sees is JSON {@code {"error": "..."}} ({@link ErrorBody}) with a message that says what to
 * fix. Never a stack trace; an error Spring raises for a bad request gets its own 4xx, only our own unexpected
 * failures are logged here and answered with a generic 500.
 *
 * <p>The content type is set on every error, so a client that asked for something else ({@code Accept: text/html})
 * still gets the JSON message instead of a second failure (which used to end in a 500 error page).
 */
@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ErrorBody> badRequest(BadRequestException e) {
        return ErrorBody.response(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        return ErrorBody.response(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON，或字段类型不对");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missing(MissingServletRequestParameterException e) {
        return ErrorBody.response(HttpStatus.BAD_REQUEST, "缺少参数 " + e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> mismatch(MethodArgumentTypeMismatchException e) {
        return ErrorBody.response(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 的格式不对");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
        return ErrorBody.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请以 application/json 提交");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ErrorBody> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ErrorBody.response(HttpStatus.NOT_ACCEPTABLE, "本接口只返回 application/json，请在 Accept 头中接受它");
    }

    /** A Content-Type header that is not a media type at all, e.g. {@code application/json; charset="}. */
    @ExceptionHandler(InvalidMediaTypeException.class)
    ResponseEntity<ErrorBody> badMediaType(InvalidMediaTypeException e) {
        return ErrorBody.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type 格式不对，请以 application/json 提交");
    }

    /** Tomcat refuses a query string or form body that is not valid percent-encoded UTF-8 when it is first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ErrorBody> badParameters(InvalidParameterException e) {
        return ErrorBody.response(HttpStatus.BAD_REQUEST, "URL 参数编码错误：参数应为 UTF-8 百分号编码");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> method(HttpRequestMethodNotSupportedException e) {
        return ErrorBody.response(HttpStatus.METHOD_NOT_ALLOWED, "不支持 " + e.getMethod() + " 请求");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorBody> notFound(NoResourceFoundException e) {
        return ErrorBody.response(HttpStatus.NOT_FOUND, "没有这个地址");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorBody> tooLarge(MaxUploadSizeExceededException e) {
        return ErrorBody.response(413, StatusText.of(413));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ErrorBody> upload(MultipartException e) {
        return ErrorBody.response(HttpStatus.BAD_REQUEST, "上传的文件无法读取（可能上传中断或格式不对），请重试");
    }

    /** A status our own code chose; its reason, when given, is written for the caller. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ErrorBody> status(ResponseStatusException e) {
        int status = e.getStatusCode().value();
        return ErrorBody.response(e.getStatusCode(), e.getReason() != null ? e.getReason() : StatusText.of(status));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e) {
        // Spring's own refusals of a bad request (a missing header, a failed validation, ...) carry their status
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            return ErrorBody.response(refusal.getStatusCode(), StatusText.of(refusal.getStatusCode().value()));
        }
        log.error("处理请求时出错", e);
        return ErrorBody.response(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后再试");
    }
}
