package org.campaignbot.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 总览: the console's first page. */
@Controller
class OverviewController {

    @GetMapping({"/admin", "/admin/"})
    String overview() {
        return "console/overview";
    }
}
