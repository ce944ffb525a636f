# The R side of the cash-flow accuracy harness (AccuracyHarness, a benchmark main, not a test).
#
#   Rscript accuracy-harness.R export <series.csv> [simulated.csv]
#       writes the public series (base R 'datasets' and the 'forecast' package), each split into
#       training and test, plus the simulated ones read from simulated.csv, to series.csv
#   Rscript accuracy-harness.R fit <series.csv> <forecasts.csv> [methods]
#       forecasts every series of series.csv with R's ets, auto.arima, tbats (forecast package) and
#       Prophet (where the prophet package is installed), 80% and 95% intervals, and writes them
#       with the seconds each fit + forecast took
#
# CSV columns (one series per line, values separated by spaces):
#   series.csv:    name,group,period,horizon,source,train,test
#   forecasts.csv: name,method,seconds,status,mean,lo80,hi80,lo95,hi95
# Groups and horizons follow the M4 competition: monthly 18, quarterly 8, weekly 13, daily 14.
# R's ets ignores seasons longer than 24 (its own rule); auto.arima gets Fourier terms for them.

suppressPackageStartupMessages(library(forecast))

HORIZON <- c(monthly = 18, quarterly = 8, weekly = 13, daily = 14)

public_series <- function() {
  out <- list()
  add <- function(name, source, group, period, x) {
    x <- as.numeric(x)
    if (anyNA(x)) x <- as.numeric(na.interp(ts(x, frequency = period)))
    h <- HORIZON[[group]]
    out[[length(out) + 1]] <<- list(name = name, group = group, period = period, horizon = h, source = source,
                                    train = head(x, length(x) - h), test = tail(x, h))
  }
  # Monthly
  add("AirPassengers", "R datasets::AirPassengers", "monthly", 12, AirPassengers)
  add("co2", "R datasets::co2", "monthly", 12, co2)
  add("nottem", "R datasets::nottem", "monthly", 12, nottem)
  add("UKDriverDeaths", "R datasets::UKDriverDeaths", "monthly", 12, UKDriverDeaths)
  add("ldeaths", "R datasets::ldeaths", "monthly", 12, ldeaths)
  add("mdeaths", "R datasets::mdeaths", "monthly", 12, mdeaths)
  add("fdeaths", "R datasets::fdeaths", "monthly", 12, fdeaths)
  add("USAccDeaths", "R datasets::USAccDeaths", "monthly", 12, USAccDeaths)
  add("sunspot.month", "R datasets::sunspot.month, last 480 months", "monthly", 12, tail(sunspot.month, 480))
  for (col in c("DriversKilled", "front", "rear", "kms", "PetrolPrice", "VanKilled")) {
    add(paste0("Seatbelts.", col), paste0("R datasets::Seatbelts[, \"", col, "\"]"), "monthly", 12,
        Seatbelts[, col])
  }
  add("gas", "R forecast::gas", "monthly", 12, gas)
  add("wineind", "R forecast::wineind", "monthly", 12, wineind)
  # Quarterly
  add("JohnsonJohnson", "R datasets::JohnsonJohnson", "quarterly", 4, JohnsonJohnson)
  add("UKgas", "R datasets::UKgas", "quarterly", 4, UKgas)
  add("austres", "R datasets::austres", "quarterly", 4, austres)
  add("freeny.y", "R datasets::freeny.y", "quarterly", 4, freeny.y)
  add("woolyrnq", "R forecast::woolyrnq", "quarterly", 4, woolyrnq)
  add("presidents", "R datasets::presidents (gaps filled by forecast::na.interp)", "quarterly", 4, presidents)
  # Weekly: Friday closes (every 5th trading day)
  for (col in colnames(EuStockMarkets)) {
    x <- as.numeric(EuStockMarkets[, col])
    add(paste0("EuStockMarkets.", col, ".weekly"), paste0("R datasets::EuStockMarkets[, \"", col,
        "\"], every 5th trading day"), "weekly", 52, x[seq(5, length(x), by = 5)])
  }
  g <- as.numeric(na.interp(gold))
  add("gold.weekly", "R forecast::gold (gaps filled by na.interp), every 5th trading day", "weekly", 52,
      g[seq(5, length(g), by = 5)])
  # Daily
  add("taylor.daily", "R forecast::taylor, half-hourly demand summed per day", "daily", 7,
      colSums(matrix(as.numeric(taylor), nrow = 48)))
  for (col in colnames(EuStockMarkets)) {
    add(paste0("EuStockMarkets.", col), paste0("R datasets::EuStockMarkets[, \"", col,
        "\"], last 780 trading days"), "daily", 5, tail(as.numeric(EuStockMarkets[, col]), 780))
  }
  add("gold", "R forecast::gold (gaps filled by na.interp), last 780 trading days", "daily", 5, tail(g, 780))
  add("airquality.Temp", "R datasets::airquality$Temp", "daily", 7, airquality$Temp)
  add("airquality.Wind", "R datasets::airquality$Wind", "daily", 7, airquality$Wind)
  out
}

num <- function(x) paste(format(x, digits = 15, scientific = FALSE, trim = TRUE), collapse = " ")
parse_num <- function(s) as.numeric(strsplit(s, " ", fixed = TRUE)[[1]])

read_series <- function(file) {
  lines <- readLines(file)
  lapply(lines[-1], function(line) {
    f <- strsplit(line, ",", fixed = TRUE)[[1]]
    list(name = f[1], group = f[2], period = as.integer(f[3]), horizon = as.integer(f[4]), source = f[5],
         train = parse_num(f[6]), test = parse_num(f[7]))
  })
}

write_series <- function(series, file) {
  lines <- c("name,group,period,horizon,source,train,test",
             vapply(series, function(s) paste(s$name, s$group, s$period, s$horizon, gsub(",", ";", s$source),
                                              num(s$train), num(s$test), sep = ","), ""))
  writeLines(lines, file)
}

# Dates for Prophet: consecutive days, trading days (Monday to Friday), weeks, months or quarters.
dates_for <- function(s, n) {
  start <- as.Date("2000-01-03") # a Monday
  by <- switch(s$group, monthly = "month", quarterly = "quarter", weekly = "week", daily = "day")
  if (s$group == "daily" && s$period == 5) {
    d <- seq(start, by = "day", length.out = ceiling(n * 7 / 5) + 7)
    d <- d[!(format(d, "%u") %in% c("6", "7"))]
    return(head(d, n))
  }
  seq(start, by = by, length.out = n)
}

fit_one <- function(method, s) {
  y <- ts(s$train, frequency = s$period)
  h <- s$horizon
  set.seed(1)
  if (method == "prophet") {
    d <- dates_for(s, length(s$train) + h)
    df <- data.frame(ds = head(d, length(s$train)), y = s$train)
    future <- data.frame(ds = tail(d, h))
    m <- suppressMessages(prophet::prophet(df, interval.width = 0.8, daily.seasonality = FALSE,
                                           weekly.seasonality = s$group == "daily",
                                           yearly.seasonality = s$group != "daily" || length(s$train) >= 730))
    p80 <- predict(m, future)
    m$interval.width <- 0.95
    p95 <- predict(m, future)
    return(list(mean = p80$yhat, lo80 = p80$yhat_lower, hi80 = p80$yhat_upper, lo95 = p95$yhat_lower,
                hi95 = p95$yhat_upper))
  }
  if (method == "auto.arima" && s$period > 24) {
    # A seasonal ARIMA at lag 52 takes tens of minutes; FPP2 (section 12.1) models long seasons with
    # Fourier terms and ARMA errors instead, the number of pairs chosen by AICc.
    best <- NULL
    for (k in 1:min(10, floor(s$period / 2))) {
      fit <- tryCatch(auto.arima(y, seasonal = FALSE, xreg = fourier(y, K = k)), error = function(e) NULL)
      if (!is.null(fit) && (is.null(best) || fit$aicc < best$aicc)) {
        best <- fit
        best_k <- k
      }
    }
    fc <- forecast(best, xreg = fourier(y, K = best_k, h = h), level = c(80, 95))
  } else {
    model <- switch(method,
                    ets = suppressWarnings(ets(y)),
                    auto.arima = auto.arima(y),
                    tbats = tbats(y, use.parallel = FALSE))
    fc <- forecast(model, h = h, level = c(80, 95))
  }
  list(mean = as.numeric(fc$mean), lo80 = as.numeric(fc$lower[, 1]), hi80 = as.numeric(fc$upper[, 1]),
       lo95 = as.numeric(fc$lower[, 2]), hi95 = as.numeric(fc$upper[, 2]))
}

args <- commandArgs(trailingOnly = TRUE)
if (length(args) >= 2 && args[1] == "export") {
  series <- public_series()
  if (length(args) >= 3 && file.exists(args[3])) series <- c(series, read_series(args[3]))
  write_series(series, args[2])
  message(sprintf("R: %d series written to %s", length(series), args[2]))
} else if (length(args) >= 3 && args[1] == "fit") {
  series <- read_series(args[2])
  methods <- if (length(args) >= 4) strsplit(args[4], ",", fixed = TRUE)[[1]] else
    c("ets", "auto.arima", "tbats", "prophet")
  if ("prophet" %in% methods && !requireNamespace("prophet", quietly = TRUE)) {
    message("R: package prophet is not installed; Prophet left out")
    methods <- setdiff(methods, "prophet")
  }
  con <- file(args[3], open = "w")
  writeLines("name,method,seconds,status,mean,lo80,hi80,lo95,hi95", con)
  for (i in seq_along(series)) {
    s <- series[[i]]
    for (method in methods) {
      t0 <- proc.time()[["elapsed"]]
      f <- tryCatch(fit_one(method, s), error = function(e) e)
      seconds <- proc.time()[["elapsed"]] - t0
      ok <- !inherits(f, "error") && all(is.finite(unlist(f)))
      if (ok) {
        writeLines(paste(s$name, method, format(seconds, digits = 6), "ok", num(f$mean), num(f$lo80), num(f$hi80),
                         num(f$lo95), num(f$hi95), sep = ","), con)
      } else {
        reason <- if (inherits(f, "error")) conditionMessage(f) else "non-finite forecast"
        writeLines(paste(s$name, method, format(seconds, digits = 6), gsub("[,\n]", " ", paste("failed:", reason)),
                         "", "", "", "", "", sep = ","), con)
      }
      flush(con)
    }
    message(sprintf("R: %d/%d %s", i, length(series), s$name))
  }
  close(con)
} else {
  stop("usage: accuracy-harness.R export <series.csv> [simulated.csv] | fit <series.csv> <forecasts.csv> [methods]")
}
