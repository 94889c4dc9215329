package org.joinedup.server.metric;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.server.commentary.CommentaryService;
import org.joinedup.server.view.ViewChoice;
import org.joinedup.server.view.ViewChoices;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * One metric for the area, period and as-at date in the URL: its definition, charts, breakdowns, forecast,
 * values with revisions and kite mark, and the values as CSV or Excel.
 */
@Controller
class MetricController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ViewChoices choices;
    private final MetricPageService pages;

    private final CommentaryService commentary;

    MetricController(ViewChoices choices, MetricPageService pages, CommentaryService commentary) {
        this.choices = choices;
        this.pages = pages;
        this.commentary = commentary;
    }

    @GetMapping("/metrics/{metricId}")
    ModelAndView page(
            @PathVariable String metricId,
            @RequestParam(name = "area", required = false) String areaCode,
            @RequestParam(name = "code", required = false) String typedCode,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt,
            Model model) {
        ViewChoice choice = choices.resolve(areaCode, typedCode, period, asAt);
        model.addAttribute("choice", choice);
        model.addAttribute("metricId", metricId);
        Optional<Metric> metric = pages.metric(metricId);
        if (metric.isEmpty()) {
            return new ModelAndView("metric-missing", model.asMap(), HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", pages.page(metric.get(), choice));
        links(model, metricId, choice);
        commentary(model, metric.get(), choice);
        return new ModelAndView("metric", model.asMap());
    }

    /** The commentary panel on the figure shown: analysts write what happened, why and what is being done. */
    private void commentary(Model model, Metric metric, ViewChoice choice) {
        pages.shownPeriod(metric, choice).ifPresent(period -> {
            CommentaryService.Resolved key =
                    commentary.resolve(metric.id(), choice.area().code(), period.label());
            if (key.problems().isEmpty()) {
                model.addAttribute("commentary", commentary.panel(key.key(), choice.link("/metrics/" + metric.id())));
            }
        });
    }

    /**
     * The forecast section, which a page whose series needs a seasonal fit fetches once it has loaded: the
     * section alone for htmx, else the whole page with the forecast made (the link without script).
     */
    @GetMapping("/metrics/{metricId}/forecast")
    ModelAndView forecast(
            @PathVariable String metricId,
            @RequestParam(name = "area", required = false) String areaCode,
            @RequestParam(name = "code", required = false) String typedCode,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ViewChoice choice = choices.resolve(areaCode, typedCode, period, asAt);
        model.addAttribute("choice", choice);
        model.addAttribute("metricId", metricId);
        Optional<Metric> metric = pages.metric(metricId);
        if (metric.isEmpty()) {
            return new ModelAndView("metric-missing", model.asMap(), HttpStatus.NOT_FOUND);
        }
        links(model, metricId, choice);
        MetricPage.ForecastSection forecast = pages.forecast(metric.get(), choice);
        if (htmx != null) {
            model.addAttribute("forecast", forecast);
            return new ModelAndView("metric-forecast :: forecast-body", model.asMap());
        }
        model.addAttribute("page", pages.page(metric.get(), choice).withForecast(forecast));
        commentary(model, metric.get(), choice);
        return new ModelAndView("metric", model.asMap());
    }

    private static void links(Model model, String metricId, ViewChoice choice) {
        model.addAttribute("csvLink", choice.link("/metrics/" + metricId + ".csv"));
        model.addAttribute("xlsxLink", choice.link("/metrics/" + metricId + ".xlsx"));
        model.addAttribute("forecastLink", choice.link("/metrics/" + metricId + "/forecast"));
    }

    @GetMapping("/metrics/{metricId}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String metricId,
            @RequestParam(name = "area", required = false) String areaCode,
            @RequestParam(name = "code", required = false) String typedCode,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt) {
        return download(metricId, areaCode, typedCode, period, asAt, "csv");
    }

    @GetMapping("/metrics/{metricId}.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String metricId,
            @RequestParam(name = "area", required = false) String areaCode,
            @RequestParam(name = "code", required = false) String typedCode,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt) {
        return download(metricId, areaCode, typedCode, period, asAt, "xlsx");
    }

    private ResponseEntity<byte[]> download(
            String metricId, String areaCode, String typedCode, String period, String asAt, String kind) {
        Optional<Metric> metric = pages.metric(metricId);
        if (metric.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(("No metric has the id '" + metricId + "'.").getBytes(StandardCharsets.UTF_8));
        }
        ViewChoice choice = choices.resolve(areaCode, typedCode, period, asAt);
        var rows = pages.values(metric.get(), choice);
        String name = metricId + "-" + choice.area().code() + (choice.asAt() == null ? "" : "-as-at-" + choice.asAt())
                + "." + kind;
        byte[] body = kind.equals("csv")
                ? MetricDownloads.csv(metric.get(), choice.area(), rows).getBytes(StandardCharsets.UTF_8)
                : MetricDownloads.xlsx(metric.get(), choice.area(), rows);
        return ResponseEntity.ok()
                .contentType(kind.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
