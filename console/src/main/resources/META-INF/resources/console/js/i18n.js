// Chinese by default, English by the switch in the header. The choice (not the token) is kept in
// localStorage. Amounts are yuan with thousands separators; dates are the merchant's local calendar
// dates exactly as the API gives them (yyyy-MM-dd), never shifted through the browser's time zone.

const LANG_KEY = 'merchant-console.lang';

const zh = {
  'app.title': '商户经营看板',
  'app.subtitle': '现金、成本、合规，一页看清',
  'nav.overview': '经营概览', 'nav.cash': '现金流', 'nav.costs': '成本', 'nav.compliance': '合规',
  'nav.data': '数据导入', 'nav.portfolio': '商户组合',
  'lang.switch': 'English', 'lang.switchLabel': 'Switch to English',
  'signOut': '退出登录', 'signedInAs': '已登录：{user}',
  'login.title': '登录商户经营看板', 'login.username': '用户名', 'login.password': '密码', 'login.submit': '登录',
  'login.failed': '用户名或密码不正确。', 'login.throttled': '失败次数过多，请 {s} 秒后再试。',
  'login.expired': '登录已过期，请重新登录。', 'login.signedOut': '您已退出登录。',
  'login.hint': '账号由管理员创建。令牌只保存在本标签页中，关闭标签页即退出。',
  'loading': '加载中…', 'retry': '重试', 'refresh': '重新计算',
  'error.notFound': '找不到这个商户，或者您无权查看它（404）。',
  'error.forbidden': '您的角色不能执行此操作（403）。',
  'error.network': '无法连接到服务器，请稍后再试。',
  'error.generic': '请求失败（{status}）：{detail}',
  'error.trace': '追踪编号：{id}',
  'merchant.pick': '请选择一个商户：', 'merchant.dataVersion': '数据版本 {v}', 'merchant.generatedAt': '生成于 {t}',
  'merchant.noMerchant': '这个账号没有绑定商户。请在“商户组合”中选择商户。',
  'status.ok': '最新', 'status.stale': '基于旧数据', 'status.unavailable': '暂不可用',
  'status.staleHelp': '新数据到达时这一部分还在用旧数据计算，数字可能已经变化。',
  'status.unavailableHelp': '负责这一部分的服务暂时没有应答，其他部分不受影响。',
  'horizon.label': '预测天数', 'horizon.days': '{n} 天',
  'cash.title': '现金余额预测', 'cash.current': '当前余额', 'cash.projectedEnd': '{n} 天后预计余额',
  'cash.lowest': '最低点', 'cash.lowestAt': '{date}，95% 情况下不低于 {low}',
  'cash.runway': '资金可支撑', 'cash.runwayNone': '{n} 天内无风险',
  'cash.shortfall': '自 {date} 起，余额低于警戒线 {floor} 的可能性超过 50%。',
  'cash.noShortfall': '未来 {n} 天内，余额低于警戒线 {floor} 的可能性都不超过 50%（最高 {p}）。',
  'cash.accuracy': '预测准确度（回测）：MASE {mase}，80% 区间实际覆盖 {c80}，95% 区间实际覆盖 {c95}。',
  'cash.model': '模型：{model}', 'cash.chartUnavailable': '预测曲线暂不可用：{detail}',
  'chart.expected': '预计余额', 'chart.band80': '80% 区间', 'chart.band95': '95% 区间', 'chart.floor': '警戒线',
  'chart.likely': '可能跌破', 'chart.base': '现状', 'chart.scenario': '假设情形',
  'cost.title': '成本结构与利润', 'cost.revenue': '营业收入', 'cost.grossMargin': '毛利率', 'cost.netMargin': '净利率',
  'cost.primeCost': '主要成本占比（食材＋人工）', 'cost.leaks': '最大的成本漏洞', 'cost.perMonth': '{yuan}/月', 'cost.leakTotal': '本期共 {yuan}',
  'cost.overcharge': '支付手续费多收', 'cost.period': '{from} 至 {to}', 'cost.noLeaks': '没有发现明显的成本漏洞。',
  'compliance.title': '合规风险', 'compliance.score': '风险分（0–100）', 'compliance.findings': '主要风险提示',
  'compliance.none': '这段时间没有发现风险提示。', 'compliance.citation': '依据：{citation}',
  'compliance.note': '这些是收单机构或银行可能关注的风险信号，不是法律结论。',
  'level.HIGH': '高', 'level.MEDIUM': '中', 'level.LOW': '低',
  'severity.HIGH': '高', 'severity.MEDIUM': '中', 'severity.LOW': '低', 'severity.INFO': '提示',
  'actions.title': '最值得做的三件事', 'actions.worth': '每月约 {yuan}', 'actions.confidence': '把握 {p}',
  'actions.none': '暂时没有建议。', 'actions.section.cash': '现金', 'actions.section.cost': '成本',
  'actions.section.compliance': '合规',
  'risks.title': '需要处理的风险', 'risks.none': '暂时没有需要处理的风险。',
  'risks.level.HIGH': '高风险', 'risks.level.MEDIUM': '中风险', 'risks.level.LOW': '低风险',
  'data.title': '导入账单', 'data.help': '把微信支付或支付宝导出的账单，或本平台格式的 CSV 文件拖到这里。同一文件重复导入不会重复记账。',
  'data.drop': '把文件拖到这里，或', 'data.choose': '选择文件', 'data.format': '文件格式',
  'data.format.csv': '本平台 CSV', 'data.format.wechat': '微信支付账单', 'data.format.alipay': '支付宝账单',
  'data.importing': '正在导入 {name}…', 'data.result': '{name} 导入完成',
  'data.stored': '已入账', 'data.duplicates': '重复（已跳过）', 'data.rejected': '被拒绝',
  'data.errors': '有问题的行', 'data.line': '行号', 'data.field': '字段', 'data.message': '问题',
  'data.skipped': '未入账（没有资金变动）', 'data.skippedWhy': '未入账的行及原因', 'data.count': '行数',
  'data.format.auto': '自动识别', 'data.job': '文件较大，正在后台导入：{percent}%',
  'data.failed': '文件没有导入：{detail}', 'data.recent': '最近一天的交易（{date}）', 'data.noTransactions': '还没有交易。',
  'tx.time': '时间', 'tx.amount': '金额', 'tx.direction': '收支', 'tx.kind': '类型', 'tx.channel': '渠道',
  'tx.description': '说明', 'tx.counterparty': '对方',
  'direction.IN': '收入', 'direction.OUT': '支出',
  'sim.title': '创建模拟商户（管理员）', 'sim.archetype': '业态', 'sim.name': '名称', 'sim.city': '城市',
  'sim.create': '创建', 'sim.created': '已创建商户 {id}', 'sim.run': '模拟经营', 'sim.from': '开始日期',
  'sim.to': '结束日期', 'sim.seed': '随机种子', 'sim.start': '开始模拟', 'sim.progress': '{done}/{total} 天，{tx} 笔交易',
  'sim.state.QUEUED': '排队中', 'sim.state.RUNNING': '进行中', 'sim.state.SUCCEEDED': '已完成', 'sim.state.FAILED': '失败',
  'forecast.title': '每日现金预测', 'forecast.date': '日期', 'forecast.inflow': '流入', 'forecast.outflow': '流出',
  'forecast.net': '净额', 'forecast.balance': '余额', 'forecast.range95': '95% 区间',
  'backtest.title': '预测准确度（滚动回测）', 'backtest.method': '方法', 'backtest.mase': 'MASE（越低越好）',
  'backtest.smape': 'sMAPE', 'backtest.coverage': '{level}% 区间覆盖', 'backtest.chosen': '当前采用',
  'backtest.note': '对比基准：季节性朴素预测 MASE {naive}。',
  'drivers.title': '拉低余额的因素', 'drivers.none': '没有明显的拉低因素。', 'drivers.date': '日期',
  'drivers.kind': '类型', 'drivers.amount': '金额', 'drivers.description': '说明',
  'whatif.title': '假设分析', 'whatif.help': '改变一个或几个条件，看未来 {n} 天余额会怎样变化。',
  'whatif.revenue': '营业额变化（%）', 'whatif.monthlyCost': '新增每月固定支出（¥）', 'whatif.monthlyDay': '每月几号支付',
  'whatif.oneOffDate': '一次性支出日期', 'whatif.oneOffAmount': '一次性支出金额（¥）', 'whatif.feeChannel': '手续费渠道',
  'whatif.feeRate': '新费率（%）', 'whatif.floor': '警戒线（¥）', 'whatif.submit': '计算', 'whatif.endBalance': '期末余额',
  'whatif.lowest': '最低余额', 'whatif.firstLikely': '可能跌破警戒线的日期', 'whatif.difference': '期末差额',
  'whatif.none': '无', 'whatif.base': '现状', 'whatif.scenario': '假设情形',
  'costs.structure': '成本结构（对比上一期）', 'costs.category': '项目', 'costs.amount': '金额', 'costs.share': '占收入',
  'costs.change': '变化', 'costs.breakEven': '保本点', 'costs.rent': '房租变化（%）', 'costs.cogs': '进货成本变化（%）',
  'costs.fee': '手续费率变化（%）', 'costs.perMonth': '每月保本营业额', 'costs.perDay': '每日保本营业额',
  'costs.orders': '每日保本单数', 'costs.safety': '安全边际', 'costs.profit': '每月利润', 'costs.unreachable': '无法保本',
  'costs.benchmarks': '与同业对比', 'costs.ratio': '指标', 'costs.value': '本店', 'costs.range': '同业区间',
  'costs.assessment': '评价', 'costs.source': '来源', 'costs.estimate': '估计值',
  'costs.feeAudit': '手续费核对', 'costs.channel': '渠道', 'costs.contracted': '合同费率', 'costs.effective': '实际费率',
  'costs.overcharge': '多收金额', 'costs.overchargePerMonth': '每月多收', 'costs.flagged': '多收的交易', 'costs.excess': '多收',
  'compliance.run': '检查一段时间', 'compliance.from': '开始', 'compliance.to': '结束', 'compliance.check': '开始检查',
  'compliance.report': '检查结果：风险分 {score}（{level}），共检查 {n} 笔交易',
  'compliance.evidence': '相关交易', 'compliance.howToFix': '怎么做', 'compliance.whatItMeans': '这意味着什么',
  'compliance.outlook': '风险展望', 'compliance.nearMisses': '接近阈值', 'compliance.forecasts': '下月超限概率',
  'compliance.licences': '证照有效期', 'compliance.daysLeft': '还剩 {n} 天', 'compliance.probability': '概率',
  'portfolio.title': '商户组合', 'portfolio.name': '商户', 'portfolio.city': '城市', 'portfolio.risk': '合规风险',
  'portfolio.runway': '资金可支撑（天）', 'portfolio.overcharge': '手续费多收', 'portfolio.open': '查看',
  'portfolio.sortHint': '点击表头排序',
  'category.COGS': '食材/进货', 'category.LABOUR': '人工', 'category.OCCUPANCY': '房租', 'category.UTILITIES': '水电燃气',
  'category.PAYMENT_FEES': '支付手续费', 'category.PLATFORM_COMMISSION': '平台佣金', 'category.MARKETING': '营销',
  'category.TAX': '税费', 'category.OTHER': '其他',
  'kind.SALE': '销售', 'kind.REFUND': '退款', 'kind.CHARGEBACK': '拒付', 'kind.COGS': '进货', 'kind.RENT': '房租',
  'kind.PAYROLL': '工资', 'kind.UTILITIES': '水电燃气', 'kind.PAYMENT_FEE': '支付手续费', 'kind.PLATFORM_COMMISSION': '平台佣金',
  'kind.MARKETING': '营销', 'kind.TAX': '税费', 'kind.TRANSFER': '转账', 'kind.CASH_DEPOSIT': '现金存入',
  'kind.CASH_WITHDRAWAL': '现金取出', 'kind.OTHER': '其他',
  'licence.BUSINESS_LICENCE': '营业执照', 'licence.FOOD_BUSINESS_LICENCE': '食品经营许可证', 'licence.FIRE_SAFETY_PERMIT': '消防安全检查合格证',
  'licence.HEALTH_PERMIT': '卫生许可证', 'licence.OTHER': '其他证照',
  'compliance.measured': '实际', 'compliance.threshold': '阈值', 'compliance.validUntil': '有效期至', 'compliance.remaining': '剩余',
  'channel.WECHAT_PAY': '微信支付', 'channel.ALIPAY': '支付宝', 'channel.UNIONPAY_CARD': '银联卡', 'channel.CASH': '现金',
  'channel.DELIVERY_PLATFORM': '外卖平台', 'channel.BANK_TRANSFER': '银行转账',
};

const en = {
  'app.title': 'Merchant console',
  'app.subtitle': 'Cash, costs and compliance on one page',
  'nav.overview': 'Overview', 'nav.cash': 'Cash', 'nav.costs': 'Costs', 'nav.compliance': 'Compliance',
  'nav.data': 'Data', 'nav.portfolio': 'Portfolio',
  'lang.switch': '中文', 'lang.switchLabel': '切换到中文',
  'signOut': 'Sign out', 'signedInAs': 'Signed in as {user}',
  'login.title': 'Sign in to the merchant console', 'login.username': 'User name', 'login.password': 'Password',
  'login.submit': 'Sign in', 'login.failed': 'Wrong user name or password.',
  'login.throttled': 'Too many failed attempts; try again in {s} s.',
  'login.expired': 'Your session expired; please sign in again.', 'login.signedOut': 'You are signed out.',
  'login.hint': 'An administrator creates your account. The token stays in this tab only; closing it signs you out.',
  'loading': 'Loading…', 'retry': 'Try again', 'refresh': 'Recompute',
  'error.notFound': 'There is no such merchant, or you may not see it (404).',
  'error.forbidden': 'Your role does not allow this (403).',
  'error.network': 'The server cannot be reached; try again shortly.',
  'error.generic': 'The request failed ({status}): {detail}',
  'error.trace': 'Trace id: {id}',
  'merchant.pick': 'Choose a merchant:', 'merchant.dataVersion': 'data version {v}', 'merchant.generatedAt': 'computed {t}',
  'merchant.noMerchant': 'This account is bound to no merchant. Choose one under Portfolio.',
  'status.ok': 'Up to date', 'status.stale': 'Older data', 'status.unavailable': 'Unavailable',
  'status.staleHelp': 'New data arrived while this part was computed on the older data; its figures may have changed.',
  'status.unavailableHelp': 'The service behind this part did not answer; the other parts are not affected.',
  'horizon.label': 'Forecast days', 'horizon.days': '{n} days',
  'cash.title': 'Cash balance forecast', 'cash.current': 'Balance now', 'cash.projectedEnd': 'Expected in {n} days',
  'cash.lowest': 'Lowest point', 'cash.lowestAt': '{date}; at least {low} in 95% of cases',
  'cash.runway': 'Runway', 'cash.runwayNone': 'no risk within {n} days',
  'cash.shortfall': 'From {date} the balance is more likely than not below the floor of {floor}.',
  'cash.noShortfall': 'No day in the next {n} days is more likely than not below the floor of {floor} (highest {p}).',
  'cash.accuracy': 'Backtested accuracy: MASE {mase}; the 80% range held {c80} of actual days, the 95% range {c95}.',
  'cash.model': 'Model: {model}', 'cash.chartUnavailable': 'The forecast curve is unavailable: {detail}',
  'chart.expected': 'Expected balance', 'chart.band80': '80% range', 'chart.band95': '95% range', 'chart.floor': 'Floor',
  'chart.likely': 'Likely below', 'chart.base': 'As now', 'chart.scenario': 'What-if',
  'cost.title': 'Cost structure and margins', 'cost.revenue': 'Revenue', 'cost.grossMargin': 'Gross margin',
  'cost.netMargin': 'Net margin', 'cost.primeCost': 'Prime cost (food + labour)', 'cost.leaks': 'Biggest cost leaks',
  'cost.perMonth': '{yuan}/month', 'cost.leakTotal': '{yuan} over the period', 'cost.overcharge': 'Payment fees overcharged', 'cost.period': '{from} to {to}',
  'cost.noLeaks': 'No clear cost leak found.',
  'compliance.title': 'Compliance risk', 'compliance.score': 'Risk score (0–100)', 'compliance.findings': 'Top findings',
  'compliance.none': 'No risk indicators in this period.', 'compliance.citation': 'Source: {citation}',
  'compliance.note': 'These are signals your acquirer or bank may look at, not legal verdicts.',
  'level.HIGH': 'High', 'level.MEDIUM': 'Medium', 'level.LOW': 'Low',
  'severity.HIGH': 'High', 'severity.MEDIUM': 'Medium', 'severity.LOW': 'Low', 'severity.INFO': 'Info',
  'actions.title': 'Top 3 actions', 'actions.worth': 'about {yuan} a month', 'actions.confidence': 'confidence {p}',
  'actions.none': 'No actions proposed yet.', 'actions.section.cash': 'Cash', 'actions.section.cost': 'Costs',
  'actions.section.compliance': 'Compliance',
  'risks.title': 'Risks to deal with', 'risks.none': 'No risks to deal with.',
  'risks.level.HIGH': 'high risk', 'risks.level.MEDIUM': 'medium risk', 'risks.level.LOW': 'low risk',
  'data.title': 'Import a bill', 'data.help': 'Drop a WeChat Pay or Alipay bill, or a CSV in our columns, here. Importing the same file again books nothing twice.',
  'data.drop': 'Drop a file here, or', 'data.choose': 'choose a file', 'data.format': 'File format',
  'data.format.csv': 'Our CSV', 'data.format.wechat': 'WeChat Pay bill', 'data.format.alipay': 'Alipay bill',
  'data.importing': 'Importing {name}…', 'data.result': '{name} imported',
  'data.stored': 'Stored', 'data.duplicates': 'Duplicates (skipped)', 'data.rejected': 'Rejected',
  'data.errors': 'Rows with problems', 'data.line': 'Line', 'data.field': 'Field', 'data.message': 'Problem',
  'data.skipped': 'Not booked (no money moved)', 'data.skippedWhy': 'Rows not booked, and why', 'data.count': 'Rows',
  'data.format.auto': 'Recognise automatically', 'data.job': 'Large file, importing in the background: {percent}%',
  'data.failed': 'The file was not imported: {detail}', 'data.recent': 'Transactions of the latest day ({date})',
  'data.noTransactions': 'No transactions yet.',
  'tx.time': 'Time', 'tx.amount': 'Amount', 'tx.direction': 'In/out', 'tx.kind': 'Kind', 'tx.channel': 'Channel',
  'tx.description': 'Description', 'tx.counterparty': 'Counterparty',
  'direction.IN': 'In', 'direction.OUT': 'Out',
  'sim.title': 'Create a simulated merchant (ADMIN)', 'sim.archetype': 'Archetype', 'sim.name': 'Name', 'sim.city': 'City',
  'sim.create': 'Create', 'sim.created': 'Created merchant {id}', 'sim.run': 'Simulate its business', 'sim.from': 'From',
  'sim.to': 'To', 'sim.seed': 'Seed', 'sim.start': 'Start simulation', 'sim.progress': '{done}/{total} days, {tx} transactions',
  'sim.state.QUEUED': 'Queued', 'sim.state.RUNNING': 'Running', 'sim.state.SUCCEEDED': 'Done', 'sim.state.FAILED': 'Failed',
  'forecast.title': 'Daily cash forecast', 'forecast.date': 'Date', 'forecast.inflow': 'In', 'forecast.outflow': 'Out',
  'forecast.net': 'Net', 'forecast.balance': 'Balance', 'forecast.range95': '95% range',
  'backtest.title': 'Forecast accuracy (rolling backtest)', 'backtest.method': 'Method', 'backtest.mase': 'MASE (lower is better)',
  'backtest.smape': 'sMAPE', 'backtest.coverage': '{level}% range held', 'backtest.chosen': 'in use',
  'backtest.note': 'Benchmark: seasonal naive, MASE {naive}.',
  'drivers.title': 'What pulls the balance down', 'drivers.none': 'Nothing in particular.', 'drivers.date': 'Date',
  'drivers.kind': 'Kind', 'drivers.amount': 'Amount', 'drivers.description': 'Description',
  'whatif.title': 'What if', 'whatif.help': 'Change one or more things and see the balance over the next {n} days.',
  'whatif.revenue': 'Revenue change (%)', 'whatif.monthlyCost': 'New monthly cost (¥)', 'whatif.monthlyDay': 'Paid on day',
  'whatif.oneOffDate': 'One-off payment date', 'whatif.oneOffAmount': 'One-off payment (¥)', 'whatif.feeChannel': 'Fee channel',
  'whatif.feeRate': 'New fee rate (%)', 'whatif.floor': 'Floor (¥)', 'whatif.submit': 'Compute', 'whatif.endBalance': 'Balance at the end',
  'whatif.lowest': 'Lowest balance', 'whatif.firstLikely': 'Likely below the floor from', 'whatif.difference': 'Difference at the end',
  'whatif.none': 'none', 'whatif.base': 'As now', 'whatif.scenario': 'What-if',
  'costs.structure': 'Cost structure (against the previous period)', 'costs.category': 'Line', 'costs.amount': 'Amount',
  'costs.share': 'Of revenue', 'costs.change': 'Change', 'costs.breakEven': 'Break-even', 'costs.rent': 'Rent change (%)',
  'costs.cogs': 'Cost of goods change (%)', 'costs.fee': 'Fee rate change (%)', 'costs.perMonth': 'Break-even revenue a month',
  'costs.perDay': 'Break-even revenue a day', 'costs.orders': 'Break-even orders a day', 'costs.safety': 'Safety margin',
  'costs.profit': 'Profit a month', 'costs.unreachable': 'not reachable',
  'costs.benchmarks': 'Against similar shops', 'costs.ratio': 'Ratio', 'costs.value': 'Yours', 'costs.range': 'Typical range',
  'costs.assessment': 'Assessment', 'costs.source': 'Source', 'costs.estimate': 'estimate',
  'costs.feeAudit': 'Fee audit', 'costs.channel': 'Channel', 'costs.contracted': 'Contracted rate', 'costs.effective': 'Effective rate',
  'costs.overcharge': 'Overcharged', 'costs.overchargePerMonth': 'Overcharged a month', 'costs.flagged': 'Overcharged sales', 'costs.excess': 'Excess',
  'compliance.run': 'Check a period', 'compliance.from': 'From', 'compliance.to': 'To', 'compliance.check': 'Run the check',
  'compliance.report': 'Result: risk score {score} ({level}), {n} transactions checked',
  'compliance.evidence': 'Transactions', 'compliance.howToFix': 'What to do', 'compliance.whatItMeans': 'What it means',
  'compliance.outlook': 'Outlook', 'compliance.nearMisses': 'Near misses', 'compliance.forecasts': 'Chance of crossing next month',
  'compliance.licences': 'Licences', 'compliance.daysLeft': '{n} days left', 'compliance.probability': 'Probability',
  'portfolio.title': 'Portfolio', 'portfolio.name': 'Merchant', 'portfolio.city': 'City', 'portfolio.risk': 'Compliance risk',
  'portfolio.runway': 'Runway (days)', 'portfolio.overcharge': 'Fees overcharged', 'portfolio.open': 'Open',
  'portfolio.sortHint': 'Click a heading to sort',
  'category.COGS': 'Cost of goods', 'category.LABOUR': 'Labour', 'category.OCCUPANCY': 'Rent', 'category.UTILITIES': 'Utilities',
  'category.PAYMENT_FEES': 'Payment fees', 'category.PLATFORM_COMMISSION': 'Platform commission', 'category.MARKETING': 'Marketing',
  'category.TAX': 'Tax', 'category.OTHER': 'Other',
  'kind.SALE': 'Sale', 'kind.REFUND': 'Refund', 'kind.CHARGEBACK': 'Chargeback', 'kind.COGS': 'Purchases', 'kind.RENT': 'Rent',
  'kind.PAYROLL': 'Payroll', 'kind.UTILITIES': 'Utilities', 'kind.PAYMENT_FEE': 'Payment fee', 'kind.PLATFORM_COMMISSION': 'Platform commission',
  'kind.MARKETING': 'Marketing', 'kind.TAX': 'Tax', 'kind.TRANSFER': 'Transfer', 'kind.CASH_DEPOSIT': 'Cash deposit',
  'kind.CASH_WITHDRAWAL': 'Cash withdrawal', 'kind.OTHER': 'Other',
  'licence.BUSINESS_LICENCE': 'Business licence', 'licence.FOOD_BUSINESS_LICENCE': 'Food business licence',
  'licence.FIRE_SAFETY_PERMIT': 'Fire safety permit', 'licence.HEALTH_PERMIT': 'Health permit', 'licence.OTHER': 'Other licence',
  'compliance.measured': 'Measured', 'compliance.threshold': 'Threshold', 'compliance.validUntil': 'Valid until', 'compliance.remaining': 'Left',
  'channel.WECHAT_PAY': 'WeChat Pay', 'channel.ALIPAY': 'Alipay', 'channel.UNIONPAY_CARD': 'UnionPay card', 'channel.CASH': 'Cash',
  'channel.DELIVERY_PLATFORM': 'Delivery platform', 'channel.BANK_TRANSFER': 'Bank transfer',
};

const dictionaries = { zh, en };
let current = readLang();

function readLang() {
  try {
    const stored = window.localStorage.getItem(LANG_KEY);
    return stored === 'en' ? 'en' : 'zh';
  } catch (e) {
    return 'zh';
  }
}

export function lang() {
  return current;
}

export function setLang(value) {
  current = value === 'en' ? 'en' : 'zh';
  try {
    window.localStorage.setItem(LANG_KEY, current);
  } catch (e) {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
}

/** The text for key in the current language, with {name} placeholders filled in (as text). */
export function t(key, params) {
  const text = dictionaries[current][key] ?? dictionaries.zh[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** A known code (category, channel, level...) in words, or the code itself. */
export function label(prefix, code) {
  if (code === null || code === undefined) return '';
  const key = prefix + '.' + String(code).toUpperCase();
  const text = t(key);
  return text === key ? String(code) : text;
}

function locale() {
  return current === 'zh' ? 'zh-CN' : 'en-GB';
}

/** ¥1,234.56 (−¥1,234.56 when negative); '—' without a value. */
export function yuan(value, digits = 2) {
  if (value === null || value === undefined || value === '') return '—';
  const number = Number(value);
  if (!Number.isFinite(number)) return '—';
  const formatted = new Intl.NumberFormat(locale(), {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(Math.abs(number));
  return (number < 0 ? '−¥' : '¥') + formatted;
}

/** A plain number with separators. */
export function number(value, digits = 0) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return '—';
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(Number(value));
}

/** 62.5 → "62.5%" (the value is already in percent). */
export function percent(value, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return '—';
  return number(value, digits) + '%';
}

/** 0.625 → "62.5%" (the value is a ratio). */
export function ratioPercent(value, digits = 0) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return '—';
  return percent(Number(value) * 100, digits);
}

/** A merchant-local date (yyyy-MM-dd) as 2026年6月30日 / 30 Jun 2026, without time-zone shifts. */
export function date(value) {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  if (!match) return String(value);
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
    .format(utc);
}

/** A short axis date: 6/30 or 30 Jun. */
export function shortDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value || ''));
  if (!match) return String(value || '');
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale(), { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(utc);
}

/** A local time as the API gives it with its offset (2026-06-30T12:00:00+08:00): shown as written, in that zone. */
export function localTime(value) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(String(value || ''));
  return match ? date(match[1]) + ' ' + match[2] : String(value || '—');
}

/** An instant (generatedAt) in the merchant's zone. */
export function instant(value, zone) {
  if (!value) return '—';
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone || 'Asia/Shanghai',
  }).format(parsed);
}
