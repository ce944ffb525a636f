package com.merchantanalysis.cashflow.forecast.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;

import org.junit.jupiter.api.Test;

/** Bills among imported payments without a cost kind, as WeChat Pay and Alipay personal bills give them. */
class RecurringPayeeDetectorTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Test
    void twoTransfersOfTheSameAmountToTheSamePayeeOnThe15thAreAMonthlyBill() {
        List<TransactionDocument> payments = List.of(
                paid("wx-a1", "2026-10-15T18:00", "38000.00", "wx-payroll-agent", "10月工资"),
                paid("wx-a2", "2026-11-15T18:05", "38000.00", "wx-payroll-agent", "11月工资"),
                paid("wx-a3", "2026-11-02T12:00", "56.50", "wx-noodle-shop", "午饭"));

        List<RecurringPayeeDetector.Found> found = RecurringPayeeDetector.detect(payments, AS_OF, ZONE);

        assertThat(found).hasSize(1);
        RecurringOutflow bill = found.get(0).outflow();
        assertThat(bill.dayOfMonth()).isEqualTo(15);
        assertThat(bill.amount()).isEqualTo(38_000);
        assertThat(bill.cadenceMonths()).isEqualTo(1);
        assertThat(bill.description()).isEqualTo("11月工资");
        assertThat(bill.dueOn(LocalDate.of(2026, 12, 15))).isTrue();
        assertThat(found.get(0).payments()).extracting(TransactionDocument::externalId)
                .containsExactly("wx-a1", "wx-a2");
    }

    @Test
    void withoutACounterpartyTheRepeatedDescriptionNamesThePayee() {
        List<TransactionDocument> payments = List.of(
                paid("a-1", "2026-10-01T09:00", "12000.00", null, "店面房租"),
                paid("a-2", "2026-11-02T09:00", "12000.00", null, " 店面房租 "));

        assertThat(RecurringPayeeDetector.detect(payments, AS_OF, ZONE)).extracting(f -> f.outflow().dayOfMonth())
                .containsExactly(2);
    }

    @Test
    void twoUnrelatedPurchasesAreNotRecurring() {
        // same amount, same day of the month, but two different shops
        List<TransactionDocument> payments = List.of(
                paid("p-1", "2026-10-08T15:00", "2399.00", "wx-electronics", "电饭煲"),
                paid("p-2", "2026-11-08T15:00", "2399.00", "wx-furniture", "餐椅"));

        assertThat(RecurringPayeeDetector.detect(payments, AS_OF, ZONE)).isEmpty();
    }

    @Test
    void shoppingAtOnePlaceOnSeveralDaysOrOfChangingAmountsIsNotABill() {
        List<TransactionDocument> market = new ArrayList<>();
        for (String day : List.of("2026-10-06", "2026-10-20", "2026-11-06", "2026-11-21")) {
            market.add(paid("m-" + day, day + "T07:30", "800.00", "wx-market", "菜市场"));
        }
        List<TransactionDocument> changing = List.of(
                paid("c-1", "2026-10-12T10:00", "3000.00", "wx-repair", "维修"),
                paid("c-2", "2026-11-12T10:00", "4100.00", "wx-repair", "维修"));
        List<TransactionDocument> stopped = List.of(
                paid("s-1", "2026-08-15T10:00", "38000.00", "wx-payroll-agent", "工资"),
                paid("s-2", "2026-09-15T10:00", "38000.00", "wx-payroll-agent", "工资"));

        assertThat(RecurringPayeeDetector.detect(market, AS_OF, ZONE)).isEmpty();
        assertThat(RecurringPayeeDetector.detect(changing, AS_OF, ZONE)).isEmpty();
        assertThat(RecurringPayeeDetector.detect(stopped, AS_OF, ZONE)).isEmpty();
    }

    @Test
    void paymentsWithACostKindOrSimulatedAreLeftToTheKindDetector() {
        List<TransactionDocument> payments = List.of(
                paid("k-1", "2026-10-15T18:00", "38000.00", "wx-payroll-agent", "工资"),
                paid("k-2", "2026-11-15T18:00", "38000.00", "wx-payroll-agent", "工资"));
        List<TransactionDocument> typed = payments.stream().map(tx -> with(tx, TransactionKind.PAYROLL,
                TransactionSource.IMPORTED)).toList();
        List<TransactionDocument> simulated = payments.stream().map(tx -> with(tx, TransactionKind.OTHER,
                TransactionSource.SIMULATED)).toList();

        assertThat(RecurringPayeeDetector.detect(payments, AS_OF, ZONE)).hasSize(1);
        assertThat(RecurringPayeeDetector.detect(typed, AS_OF, ZONE)).isEmpty();
        assertThat(RecurringPayeeDetector.detect(simulated, AS_OF, ZONE)).isEmpty();
    }

    /** An imported payment as a WeChat Pay personal bill gives it: OTHER, out, to a hashed payee. */
    private static TransactionDocument paid(String id, String localTime, String amount, String payee,
            String description) {
        return new TransactionDocument(id, "m-1", id, LocalDateTime.parse(localTime).atZone(ZONE).toInstant(),
                ZONE.getId(), new BigDecimal(amount), Direction.OUT, TransactionKind.OTHER, PaymentChannel.WECHAT_PAY,
                payee == null ? null : new Counterparty(null, payee, false), null, TransactionSource.IMPORTED,
                List.of(), null, null, false, description);
    }

    private static TransactionDocument with(TransactionDocument tx, TransactionKind kind, TransactionSource source) {
        return new TransactionDocument(tx.id(), tx.merchantId(), tx.externalId(), tx.timestamp(), tx.zoneId(),
                tx.amount(), tx.direction(), kind, tx.channel(), tx.counterparty(), tx.invoiceReference(), source,
                tx.labels(), tx.fee(), tx.settlementDate(), tx.personalCollectionCode(), tx.description());
    }
}
