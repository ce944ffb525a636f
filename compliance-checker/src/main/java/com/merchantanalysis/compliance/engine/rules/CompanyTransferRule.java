package com.merchantanalysis.compliance.engine.rules;

import java.time.LocalDate;
import java.util.NavigableMap;

import com.merchantanalysis.compliance.engine.DayTotal;
import com.merchantanalysis.compliance.engine.PeriodAggregates;
import com.merchantanalysis.compliance.engine.TransferClass;

import org.springframework.stereotype.Component;

/**
 * PBOC Order No. 3, art. 5(2), code 0502: transfers between a company account and other accounts of 2,000,000 CNY or more in a day. The data has no legal form of the merchant, so this counts bank transfers whose other side is a company account.
 */
@Component
public class CompanyTransferRule extends DailyThresholdRule {

    public static final String ID = "pboc-company-transfer-0502";

    @Override
    public String id() {
        return ID;
    }

    @Override
    NavigableMap<LocalDate, DayTotal> days(PeriodAggregates data) {
        return data.transfersByDay(TransferClass.COMPANY);
    }

    @Override
    String movements() {
        return "movements.company";
    }
}
