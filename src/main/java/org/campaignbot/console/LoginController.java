package org.campaignbot.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 登录: the form Spring Security's login filter reads ({@code POST /admin/login}, with the CSRF token). */
@Controller
class LoginController {

    @GetMapping("/admin/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String expired, org.springframework.ui.Model model) {
        if (error != null) {
            model.addAttribute("error", "用户名或密码错误。连续失败多次后，该电脑所在地址会暂停登录一段时间。");
        } else if (expired != null) {
            model.addAttribute("message", "长时间未操作，已自动退出，请重新登录。");
        } else if (logout != null) {
            model.addAttribute("message", "已退出登录。");
        }
        return "console/login";
    }
}
