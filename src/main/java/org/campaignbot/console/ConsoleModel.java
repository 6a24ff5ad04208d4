package org.campaignbot.console;

import org.campaignbot.security.ConsoleUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows in its header: who is signed in, and whether they may change anything. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    @ModelAttribute("user")
    ConsoleUser user(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof ConsoleUser u ? u : null;
    }

    @ModelAttribute("fmt")
    ConsoleFormat format() {
        return ConsoleFormat.INSTANCE;
    }

    @ModelAttribute("canEdit")
    boolean canEdit(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof ConsoleUser u && u.canEdit();
    }
}
