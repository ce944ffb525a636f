package com.merchantanalysis.common.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hand-written field names stay the stored names of the contract's records. */
class MerchantFieldsTest {

    @Test
    void everyMerchantFieldIsAComponentOfTheMerchantDocument() throws IllegalAccessException {
        List<String> merchant = components(MerchantDocument.class);
        for (Field field : MerchantFields.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || List.of("ID", "MERCHANT_ID", "DATE").contains(field.getName())) {
                continue;
            }
            assertThat(merchant).as(field.getName()).contains((String) field.get(null));
        }
    }

    @Test
    void theDayDocumentsCarryTheMerchantAndTheDate() {
        assertThat(components(DailySummaryDocument.class)).contains(MerchantFields.MERCHANT_ID, MerchantFields.DATE);
        assertThat(MerchantFields.ID).isEqualTo("_id");
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
