package org.stepwise.web.pages;

/** An error page: status and a message meant for the reader. */
public record ErrorPage(Chrome chrome, int status, String message) {}
