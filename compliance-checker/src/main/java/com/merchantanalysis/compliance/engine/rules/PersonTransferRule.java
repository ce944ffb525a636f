package com.merchantanalysis.compliance.engine.rules;

import java.time.LocalDate;
import java.util.NavigableMap;

import com.merchantanalysis.compliance.engine.DayTotal;
import com.merchantanalysis.compliance.engine.PeriodAggregates;
import com.merchantanalysis.compliance.engine.TransferClass;

import org.springframework.stereotype.Component;

/**
 * PBOC Order No. 3, art. 5(3), code 0503: domestic transfers involving a personal account of 500,000 CNY or more in a day. Counts bank transfers whose other side is a personal account inside mainland China.
 */
@Component
public class PersonTransferRule extends DailyThresholdRule {

    public static final String ID = "pboc-person-transfer-0503";

    @Override
    public String id() {
        return ID;
    }

    @Override
    NavigableMap<LocalDate, DayTotal> days(PeriodAggregates data) {
        return data.transfersByDay(TransferClass.PERSON_DOMESTIC);
    }

    @Override
    String movements() {
        return "movements.person";
    }
}
