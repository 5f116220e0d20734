package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;

import java.security.SecureRandom;

/**
 * Eight characters from an alphabet without the look-alikes 0/O and 1/I: easy to read out and to
 * type, 32^8 (about 10^12) codes, so that a clash between two customers of one merchant is rare
 * and is drawn again when it happens.
 */
public final class RandomInviteCodes implements InviteCodes {
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    @Override
    public InviteCode newCode(MerchantId merchant) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new InviteCode(new String(code));
    }
}
