package org.stepwise.web.pages;

/** What every page's frame needs: the title, who is signed in (null when nobody), and the CSRF token for forms. */
public record Chrome(String title, String displayName, String roleLabel, String csrfToken) {}
