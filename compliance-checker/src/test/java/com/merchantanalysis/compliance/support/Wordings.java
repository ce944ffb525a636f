package com.merchantanalysis.compliance.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.merchantanalysis.compliance.wording.Message;
import com.merchantanalysis.compliance.web.Wording;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's bundles read the way Spring Boot reads them (common's merchant-common.yml), for unit tests. */
public final class Wordings {

    public static final Wording WORDING = new Wording(messageSource());

    private Wordings() {
    }

    public static String english(Message message) {
        return WORDING.render(message, Locale.ENGLISH);
    }

    public static String chinese(Message message) {
        return WORDING.render(message, Locale.SIMPLIFIED_CHINESE);
    }

    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
