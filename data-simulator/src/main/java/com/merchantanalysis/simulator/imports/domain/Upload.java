package com.merchantanalysis.simulator.imports.domain;

import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * A file as the client sent it, before anything is read.
 *
 * @param charset   the charset the client declared, or null to recognise it
 * @param format    the {@code format} parameter (csv, wechat, alipay), or null to recognise the layout
 * @param jsonLines the client sent JSON lines (by content type or file name)
 * @param fileName  the name of a form upload's file, or null
 */
public record Upload(InputStream body, Charset charset, String format, boolean jsonLines, String fileName) {
}
