package com.merchantanalysis.common.data;

public enum LicenceKind {
    /** 营业执照 */
    BUSINESS_LICENCE,
    /** 食品经营许可证 */
    FOOD_BUSINESS_LICENCE,
    /** 卫生许可证 */
    HEALTH_PERMIT,
    /** 消防安全检查合格证 */
    FIRE_SAFETY_PERMIT,
    OTHER
}
