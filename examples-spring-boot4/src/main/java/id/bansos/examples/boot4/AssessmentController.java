package id.bansos.examples.boot4;

import id.bansos.core.Problem;
import id.bansos.core.household.Household;
import id.bansos.jackson.AssessmentDocument;
import id.bansos.jackson.Detail;
import id.bansos.jackson.JsonInputException;
import id.bansos.rules.Engine;
import id.bansos.rules.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /assessments?date=YYYY-MM-DD[&lang=id|en][&detail=full|summary]} with a household
 * document as the body answers with its assessment; a bad household with 400 and every problem's
 * path and code, never a value from the request.
 */
@RestController
class AssessmentController {

  private final Engine engine;

  AssessmentController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  AssessmentDocument assess(@RequestBody Household household,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(defaultValue = "id") String lang,
      @RequestParam(defaultValue = "full") String detail) {
    return new AssessmentDocument(engine.assess(household, date), language(lang),
        Detail.parse(detail));
  }

  private static Language language(String lang) {
    switch (lang.toLowerCase(Locale.ROOT)) {
      case "id":
        return Language.ID;
      case "en":
        return Language.EN;
      default:
        throw new IllegalArgumentException("lang is id or en");
    }
  }

  /** A body Boot's mapper could not read: the household's problems when the format found them. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, Object> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonInputException bad) {
        return problems(bad.problems());
      }
    }
    return problems(List.of(new Problem("", "JSON_SYNTAX", "the body is not a household document")));
  }

  /** A household the format refused, as Jackson passed the format's exception on unwrapped. */
  @ExceptionHandler(JsonInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, Object> badHousehold(JsonInputException e) {
    return problems(e.problems());
  }

  /** A bad {@code lang} or {@code detail}. */
  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, Object> badParameter(IllegalArgumentException e) {
    return problems(List.of(new Problem("", "BAD_PARAMETER", e.getMessage())));
  }

  private static Map<String, Object> problems(List<Problem> problems) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Problem p : problems) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("path", p.path());
      one.put("code", p.code());
      one.put("message", p.message());
      out.add(one);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", 400);
    body.put("problems", out);
    return body;
  }
}
