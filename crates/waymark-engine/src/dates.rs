//! Calendar dates (as days since 1970-01-01) and the resident identity card number.

/// The first year a date may have: a birthday, a death or a deadline a guide asks about is
/// never earlier. Years outside [`MIN_YEAR`]..=[`MAX_YEAR`] are typing mistakes or hostile.
pub const MIN_YEAR: i64 = 1900;
/// The last year a date may have (see [`MIN_YEAR`]).
pub const MAX_YEAR: i64 = 2200;

/// Years the arithmetic below is exact for; anything further out is taken as this bound, so
/// no input, however absurd (a device clock, a typed year), can overflow.
const ARITHMETIC_YEARS: i64 = 1_000_000;
/// About [`ARITHMETIC_YEARS`] in days.
const ARITHMETIC_DAYS: i64 = ARITHMETIC_YEARS * 366;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). Years
/// beyond a million are clamped (see [`MIN_YEAR`] for the years dates may really have).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = y.clamp(-ARITHMETIC_YEARS, ARITHMETIC_YEARS);
    let (m, d) = (m.min(12), d.min(31));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day count (counts beyond about a million years are clamped).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z.clamp(-ARITHMETIC_DAYS, ARITHMETIC_DAYS) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Parse `YYYY-MM-DD`; `None` for anything else, an impossible date, or a year outside
/// [`MIN_YEAR`]..=[`MAX_YEAR`].
pub fn parse_date(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    valid(y, m, d).then(|| days_from_civil(y, m, d))
}

fn valid(y: i64, m: u32, d: u32) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&y)
        && (1..=12).contains(&m)
        && d >= 1
        && civil_from_days(days_from_civil(y, m, d)) == (y, m, d)
}

/// `day` (days since 1970-01-01) moved into the years dates may have: a device whose clock
/// says year 30000 gets the last day of [`MAX_YEAR`].
pub fn clamp_day(day: i64) -> i64 {
    day.clamp(days_from_civil(MIN_YEAR, 1, 1), days_from_civil(MAX_YEAR, 12, 31))
}

/// Full years from `born` to `today` (an age).
pub fn full_years(born: i64, today: i64) -> i32 {
    let (by, bm, bd) = civil_from_days(born);
    let (ty, tm, td) = civil_from_days(today);
    let mut years = ty - by;
    if (tm, td) < (bm, bd) {
        years -= 1;
    }
    years as i32
}

/// Why an ID number is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdProblem {
    /// Not 18 characters (digits, the last may be X).
    Length,
    /// The birth date inside it is not a real date.
    BirthDate,
    /// The check digit does not match: a digit was mistyped.
    CheckDigit,
}

/// Check an 18-digit resident identity card number (GB 11643-1999): 17 digits, a birth date
/// in digits 7–14, and an ISO 7064 MOD 11-2 check character (0–9 or X).
pub fn check_id_number(id: &str) -> Result<(), IdProblem> {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() != 18
        || !chars[..17].iter().all(char::is_ascii_digit)
        || !(chars[17].is_ascii_digit() || chars[17] == 'X' || chars[17] == 'x')
    {
        return Err(IdProblem::Length);
    }
    if id_birth_date(id).is_none() {
        return Err(IdProblem::BirthDate);
    }
    if id_check_char(&id[..17]) == chars[17].to_ascii_uppercase() {
        Ok(())
    } else {
        Err(IdProblem::CheckDigit)
    }
}

/// The ISO 7064 MOD 11-2 check character (0–9 or X) of an ID number's first 17 digits.
pub fn id_check_char(body: &str) -> char {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
    let sum: u32 = body
        .chars()
        .zip(WEIGHTS)
        .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
        .sum();
    CHECK[(sum % 11) as usize]
}

/// The birth date inside an ID number (digits 7–14, `YYYYMMDD`).
pub fn id_birth_date(id: &str) -> Option<i64> {
    let digits = id.get(6..14)?;
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y: i64 = digits[0..4].parse().ok()?;
    let m: u32 = digits[4..6].parse().ok()?;
    let d: u32 = digits[6..8].parse().ok()?;
    valid(y, m, d).then(|| days_from_civil(y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(parse_date("2000-02-29").map(civil_from_days), Some((2000, 2, 29)));
        assert_eq!(parse_date("2001-02-29"), None);
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("yesterday"), None);
        let born = parse_date("1946-11-22").expect("date");
        assert_eq!(full_years(born, parse_date("2026-11-22").expect("date")), 80);
        assert_eq!(full_years(born, parse_date("2026-11-21").expect("date")), 79);
    }

    #[test]
    fn id_numbers() {
        // The worked example of GB 11643-1999.
        assert_eq!(check_id_number("11010519491231002X"), Ok(()));
        assert_eq!(check_id_number("11010519491231002x"), Ok(()));
        assert_eq!(check_id_number("110105194912310021"), Err(IdProblem::CheckDigit));
        assert_eq!(check_id_number("110105194913310021"), Err(IdProblem::BirthDate));
        assert_eq!(check_id_number("1101051949"), Err(IdProblem::Length));
        assert_eq!(id_birth_date("11010519491231002X"), parse_date("1949-12-31"));
    }
}
