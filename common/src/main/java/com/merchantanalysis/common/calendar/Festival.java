package com.merchantanalysis.common.calendar;

/** The statutory holidays of mainland China (全国年节及纪念日放假办法). */
public enum Festival {
    NEW_YEAR,
    SPRING_FESTIVAL,
    QINGMING,
    LABOUR_DAY,
    DRAGON_BOAT,
    MID_AUTUMN,
    NATIONAL_DAY
}
