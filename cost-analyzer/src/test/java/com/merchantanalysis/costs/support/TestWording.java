package com.merchantanalysis.costs.support;

import java.util.Locale;

import com.merchantanalysis.costs.ledger.CostWording;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's messages bundles as the running app reads them (UTF-8, no fallback to the machine's locale). */
public final class TestWording {

    private TestWording() {
    }

    public static CostWording english() {
        return new CostWording(messages(), Locale.ENGLISH);
    }

    public static CostWording chinese() {
        return new CostWording(messages(), Locale.SIMPLIFIED_CHINESE);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
