package com.merchantanalysis.common.text;

import com.merchantanalysis.common.text.Message.Arg;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;

/**
 * Reads a sentence stored as plain text, before sentences were kept without their language (a job's
 * errors, an import's row errors and skip reasons, what a simulation planted), as a message that shows
 * it as it was: stored data from before the change stays readable instead of failing the job's page.
 * An app that stores messages has {@value #KEY} in its bundles.
 */
@ReadingConverter
public final class StoredTextAsMessage implements Converter<String, Message> {

    public static final String KEY = "text.stored";

    @Override
    public Message convert(String stored) {
        return Message.of(KEY, Arg.text(stored));
    }
}
