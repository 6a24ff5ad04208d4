package org.campaignbot.console;

import jakarta.servlet.http.HttpServletResponse;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.quiz.admin.QuestionBank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * Errors on a console page are pages, not the JSON the APIs answer with: what went wrong in words, and the way back.
 * First in line for the console's controllers, ahead of the application-wide JSON handler.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {
    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(BadRequestException.class)
    String badRequest(BadRequestException e, Model model, HttpServletResponse response) {
        return page(model, response, 400, e.getMessage());
    }

    @ExceptionHandler(QuestionBank.NoSuchQuestion.class)
    String noQuestion(QuestionBank.NoSuchQuestion e, Model model, HttpServletResponse response) {
        return page(model, response, 404, e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Model model, HttpServletResponse response) {
        return page(model, response, 404, e.getMessage());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badParameter(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, 400, "地址或表单中的参数不正确，请从页面上的链接和按钮进入");
    }

    @ExceptionHandler(MultipartException.class)
    String upload(MultipartException e, Model model, HttpServletResponse response) {
        return page(model, response, 400, "上传的文件无法读取（可能太大或上传中断），请重试");
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("工作台页面出错", e);
        return page(model, response, 500, "服务器内部错误，请稍后再试；若反复出现，请把 logs/campaign-bot.log 交给信息化人员");
    }

    private static String page(Model model, HttpServletResponse response, int status, String message) {
        response.setStatus(status);
        model.addAttribute("message", message);
        return "console/error";
    }

    /** A task, question or push the address names does not exist. */
    static class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
