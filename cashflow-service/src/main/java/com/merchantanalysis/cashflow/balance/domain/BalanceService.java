package com.merchantanalysis.cashflow.balance.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Works out a merchant's cash position from the daily summaries data-simulator wrote. */
@Service
public class BalanceService {

    private final MerchantReader merchants;
    private final DailySummaries dailySummaries;
    private final Clock clock;
    private final MessageSource messages;

    BalanceService(MerchantReader merchants, DailySummaries dailySummaries, Clock clock, MessageSource messages) {
        this.merchants = merchants;
        this.dailySummaries = dailySummaries;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The cash position at the end of {@code asOf}; null means today in the merchant's zone, since
     * that is the business day its summaries are counted in.
     */
    public CashPosition position(Caller caller, String merchantId, LocalDate asOf) {
        MerchantDocument merchant = merchants.require(caller, merchantId);
        LocalDate day = asOf != null ? asOf : merchant.today(clock);
        if (day.isBefore(merchant.openingDate())) {
            Wording wording = Wording.ofRequest(messages);
            throw new InvalidFieldException("asOf",
                    wording.text("validation.asOf.beforeOpening", wording.day(merchant.openingDate())));
        }
        List<DailySummaryDocument> summaries = dailySummaries.upTo(merchant, day);
        return CashPosition.of(merchant, day, summaries);
    }
}
