a = { "\u00e9" } { $n -> [one] one *[other] { $n } things }
b = { a } { a.hint }
    .hint = x
