package org.campaignbot.common;

/**
 * The Chinese sentence for an error status when nothing more specific is known: an error Spring or Tomcat raised
 * on its own, or one that reached {@code /error} without passing a handler.
 */
final class StatusText {
    private StatusText() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "请求格式不正确，请检查参数和请求体";
            case 401 -> "需要登录：请提供正确的账号和密码";
            case 403 -> "没有权限访问此地址";
            case 404 -> "没有这个地址";
            case 405 -> "不支持这种请求方法";
            case 406 -> "本接口只返回 application/json，请在 Accept 头中接受它";
            case 408 -> "请求超时，请重试";
            case 413 -> "请求体或上传的文件过大，已拒绝";
            case 415 -> "请以 application/json 提交";
            case 429 -> "请求过于频繁，请稍后再试";
            case 503 -> "服务暂时不可用，请稍后再试";
            default -> status >= 500 ? "服务器内部错误，请稍后再试" : "请求不正确，请检查后重试";
        };
    }
}
