package com.merchantanalysis.gateway.analyze.model;

/**
 * One part of the report.
 *
 * @param service      the service that computes it
 * @param dataVersion  the merchant data version the service computed it on; null when unavailable
 * @param detail       why it is stale or unavailable; null when ok
 * @param summary      the service's figures; null when unavailable
 */
public record Section<T extends SectionBody>(SectionStatus status, String service, Long dataVersion, String detail,
        T summary) {

    public static <T extends SectionBody> Section<T> unavailable(String service, String detail) {
        return new Section<>(SectionStatus.UNAVAILABLE, service, null, detail, null);
    }

    /**
     * Ok when the service saw the data version the report is about, stale otherwise.
     *
     * @param staleDetail  the sentence a stale section carries
     */
    public static <T extends SectionBody> Section<T> computed(String service, long merchantDataVersion,
            long sectionDataVersion, T summary, String staleDetail) {
        boolean same = merchantDataVersion == sectionDataVersion;
        return new Section<>(same ? SectionStatus.OK : SectionStatus.STALE, service, sectionDataVersion,
                same ? null : staleDetail, summary);
    }

    public boolean ok() {
        return status == SectionStatus.OK;
    }
}
