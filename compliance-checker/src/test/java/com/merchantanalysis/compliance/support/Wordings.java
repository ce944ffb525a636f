package com.merchantanalysis.compliance.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Wording;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's bundles read the way Spring Boot reads them (common's merchant-common.yml), for unit tests. */
public final class Wordings {

    public static final ResourceBundleMessageSource MESSAGES = messageSource();

    private Wordings() {
    }

    public static String english(Message message) {
        return in(Locale.ENGLISH, message);
    }

    public static String chinese(Message message) {
        return in(Locale.SIMPLIFIED_CHINESE, message);
    }

    public static String in(Locale reader, Message message) {
        return new Wording(MESSAGES, reader).render(message);
    }

    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
