package com.merchantanalysis.compliance.engine.rules;

import java.time.LocalDate;
import java.util.NavigableMap;

import com.merchantanalysis.compliance.engine.DayTotal;
import com.merchantanalysis.compliance.engine.PeriodAggregates;
import com.merchantanalysis.compliance.engine.TransferClass;

import org.springframework.stereotype.Component;

/**
 * PBOC Order No. 3, art. 5(4), code 0504: cross-border transfers involving a personal account of 200,000 CNY or more in a day. Counts bank transfers whose other side is a personal account outside mainland China.
 */
@Component
public class PersonCrossBorderRule extends DailyThresholdRule {

    public static final String ID = "pboc-person-crossborder-0504";

    @Override
    public String id() {
        return ID;
    }

    @Override
    NavigableMap<LocalDate, DayTotal> days(PeriodAggregates data) {
        return data.transfersByDay(TransferClass.PERSON_CROSS_BORDER);
    }

    @Override
    String movements() {
        return "movements.person-cross-border";
    }
}
