package com.merchantanalysis.simulator.transaction.web;

import java.util.List;

record TransactionPage(List<TransactionView> items, int page, int size, long totalItems, int totalPages) {
}
