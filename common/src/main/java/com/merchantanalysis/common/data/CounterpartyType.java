package com.merchantanalysis.common.data;

public enum CounterpartyType {
    PERSON,
    COMPANY
}
