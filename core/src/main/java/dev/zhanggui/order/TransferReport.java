package dev.zhanggui.order;

import java.time.Instant;
import java.time.LocalDate;

/** The customer's report of an offline bank transfer (线下转账): when and from which account; staff then confirm it. */
public record TransferReport(LocalDate transferDate, String account, Instant reportedAt) {
}
