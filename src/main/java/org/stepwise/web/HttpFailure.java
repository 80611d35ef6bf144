package org.stepwise.web;

/** Ends a request with a status and a message for the reader (HTML page or JSON error, by route). */
final class HttpFailure extends RuntimeException {
  final int status;
  final String code;

  HttpFailure(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static HttpFailure badRequest(String message) {
    return new HttpFailure(400, "bad_request", message);
  }

  static HttpFailure forbidden(String message) {
    return new HttpFailure(403, "forbidden", message);
  }

  /** Used for anything outside the caller's scope, so that its existence is not revealed. */
  static HttpFailure notFound() {
    return new HttpFailure(404, "not_found", "There is nothing here, or you may not see it.");
  }
}
