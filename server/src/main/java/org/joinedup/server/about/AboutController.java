package org.joinedup.server.about;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the figures come from, and under what licence. */
@Controller
class AboutController {
    @GetMapping("/about/data")
    String data() {
        return "about-data";
    }
}
