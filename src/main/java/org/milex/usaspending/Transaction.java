package org.milex.usaspending;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.milex.model.Money;

/**
 * One contract action as USAspending publishes it: an award's base action or one of its modifications. The
 * transaction's own key ({@code contract_transaction_unique_key}) is checked to be unique when a feed is read,
 * but not kept (it would cost more memory than every other column together).
 *
 * @param awardKey {@code contract_award_unique_key}, e.g. {@code CONT_AWD_W31P4Q20C0001_9700_-NONE-_-NONE-}
 * @param piid {@code award_id_piid}, the procurement instrument identifier, e.g. {@code W31P4Q20C0001}
 * @param modificationNumber {@code modification_number}: {@code 0} for the base action, e.g. {@code P00012}
 * @param actionDate {@code action_date}
 * @param fiscalYear the US federal fiscal year of the action date (October to September: 2023-10-01 is FY 2024)
 * @param obligation {@code federal_action_obligation}, USD, current prices; negative for a de-obligation
 * @param agency {@code awarding_agency_name}, e.g. {@code Department of Defense}
 * @param subAgency {@code awarding_sub_agency_name}, e.g. {@code Department of the Army}
 * @param component the buyer milex groups by: a DoD component's short name ({@code Army}, {@code Navy},
 *     {@code Air Force}, {@code DLA}, {@code MDA}, …), else the sub-agency as published
 * @param recipient {@code recipient_name}
 * @param recipientUei {@code recipient_uei}, empty where the feed leaves it empty
 * @param recipientParent {@code recipient_parent_name}, empty where the feed leaves it empty
 * @param productOrServiceCode {@code product_or_service_code}, e.g. {@code 1410}
 * @param category what the code buys, see {@link PscCategory}
 * @param naicsCode {@code naics_code}, empty where the feed leaves it empty
 * @param recipientCountry {@code recipient_country_code}, empty where the feed leaves it empty
 */
public record Transaction(String awardKey, String piid, String modificationNumber, LocalDate actionDate,
                          Year fiscalYear, Money obligation, String agency, String subAgency, String component,
                          String recipient, Optional<String> recipientUei, Optional<String> recipientParent,
                          String productOrServiceCode, PscCategory category, Optional<String> naicsCode,
                          Optional<String> recipientCountry) {
    /** Checks that no part is null and the fiscal year is the action date's. */
    public Transaction {
        Objects.requireNonNull(awardKey, "awardKey");
        Objects.requireNonNull(piid, "piid");
        Objects.requireNonNull(modificationNumber, "modificationNumber");
        Objects.requireNonNull(actionDate, "actionDate");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(subAgency, "subAgency");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(recipientUei, "recipientUei");
        Objects.requireNonNull(recipientParent, "recipientParent");
        Objects.requireNonNull(productOrServiceCode, "productOrServiceCode");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(naicsCode, "naicsCode");
        Objects.requireNonNull(recipientCountry, "recipientCountry");
        if (!fiscalYear.equals(fiscalYearOf(actionDate))) {
            throw new IllegalArgumentException("the fiscal year of " + actionDate + " is " + fiscalYearOf(actionDate)
                    + ", not " + fiscalYear);
        }
    }

    /** The US federal fiscal year of a day: FY N runs from 1 October of N-1 to 30 September of N. */
    public static Year fiscalYearOf(LocalDate day) {
        return Year.of(day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear());
    }

    /** Whether this is a de-obligation (a negative obligation). */
    public boolean isDeobligation() {
        return obligation.isNegative();
    }
}
