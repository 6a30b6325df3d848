package ua.fakh.courses.enrollment.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressListTest {

    @Test
    void splitsOnEverySeparatorButNotInsideQuotesOrAngleBrackets() {
        var entries = AddressList.parse("a@x.ua, b@x.ua;c@x.ua d@x.ua\te@x.ua\n"
                + "\"Коваль, Ірина\" <f@x.ua>; Олена Петренко <g@x.ua>\r\nГанна h@x.ua");
        assertThat(entries).extracting(AddressList.Entry::address)
                .containsExactly("a@x.ua", "b@x.ua", "c@x.ua", "d@x.ua", "e@x.ua", "f@x.ua", "g@x.ua", "h@x.ua");
        assertThat(entries).extracting(AddressList.Entry::line).containsExactly(1, 1, 1, 1, 1, 2, 2, 3);
    }

    @Test
    void reportsTextThatIsNoAddressInsteadOfDroppingIt() {
        var entries = AddressList.parse("ok@x.ua, broken@, Іван Петренко,, \"Name\" <not an address>"
                + " \"Коваль, Ірина\" <f@x.ua> без-адреси", 4);
        assertThat(entries).extracting(e -> e.value() + "|" + e.problem()).containsExactly(
                "ok@x.ua|null", "broken@|" + AddressList.NOT_AN_ADDRESS, "Іван Петренко|" + AddressList.NOT_AN_ADDRESS,
                "\"Name\" <not an address>|" + AddressList.NOT_AN_ADDRESS, "\"Коваль, Ірина\" <f@x.ua>|null",
                "без-адреси|" + AddressList.NOT_AN_ADDRESS);
        assertThat(entries).allSatisfy(e -> assertThat(e.line()).isEqualTo(4));
    }
}
