# English. Machine-drafted translation, awaiting review by a native speaker.

## The widget's own words (Waymark chrome). Service words live in services/<service>.ftl,
## shared materials and offices in catalog.ftl.

waymark-name = Service guide
loading = Opening the guide…
load-failed = This guide cannot open right now
    .text = The internet connection may be poor, or there may be a problem with the guide file. Please try again later. Other guides still work.
    .details = Information for the website manager:
retry = Try again

answer-yes = Yes
answer-no = No

back = Back
next = Continue
start-over = Start again
step-counter = Step { $step } of { $total }

error-summary-title = Please check your answers
error-prefix = Error:
error-required-choice = Please choose one
error-required-number = Please enter a number
error-not-a-number = Please enter numbers only, like 3
error-not-whole = Please enter a whole number, without a decimal point
error-too-small = This number cannot be less than { $min }
error-too-large = This number cannot be more than { $max }
error-unknown-option = Please choose one of the options shown
error-too-few = { $count ->
        [one] Please choose at least 1 option
       *[other] Please choose at least { $count } options
    }
error-not-a-date = Please enter a date, like 2020-05-01
error-in-the-future = This date cannot be later than today
error-id-length = An ID card number has 18 characters. The last one may be X.
error-id-birth-date = The date of birth in the middle of the ID card number is not right. Please check it again.
error-id-check-digit = One character in the ID card number is wrong. Please check it against the ID card.
error-too-long = { $count ->
        [one] Please use no more than 1 character
       *[other] Please use no more than { $count } characters
    }
choose-year = Choose a year

resume-title = You did not finish last time
    .text = Your answers are saved on this device. You can carry on from where you stopped, or start again.
resume = Carry on from last time

check-title = Check your answers
check-change = Change
check-submit = See the result

result-why = Why we say this
result-materials = What you need to bring
result-materials-count = { $count ->
        [one] 1 item
       *[other] { $count } items
    }
result-where = Where to go
result-time = How long it takes
result-time-days = { $days ->
        [one] About 1 working day
       *[other] About { $days } working days
    }
result-fee = How much it costs
result-fee-free = Free
result-fee-yuan = { $yuan } yuan
result-next = What to do next
result-phone = Phone: { $phone }
result-hours = Opening hours: { $hours }
result-address = Address: { $address }
result-checklist = Tick each thing when you have it ready.
result-print = Print
result-print-date = Date: { $date }

start = Start
home-event = What do you need help with?
    .hint = Choose the one that is closest to your family's situation.
home-services = { $event }: what do you need to do?
    .hint = You can choose more than one. When you have done them all, you get one list of everything to bring, so you can bring it all in one go.
intro-questions = { $count ->
        [one] You will answer about 1 question.
       *[other] You will answer about { $count } questions.
    }
intro-materials = Things you may need to bring

next-service = Next: { $service }
merged-show = See the combined list
merged-title = Bring it all in one go: what to bring and where to go
merged-lead = You are doing: { $services }
merged-used-by = For: { $services }

result-share = Take this result with you on your phone
    .text = Scan the QR code with your phone, or write down the link below, to see this result again on your phone. It does not contain your ID card number or your name.
result-qr = QR code: scan it with your phone to open this result

status-offline = There is no network right now. The guide still works.
status-update = A new version is ready. It starts when you press “Start again”; your answers now are not affected.
status-not-saved = This device cannot keep your answers: if you leave, you will need to answer again. The guide still works.
status-other-tab = This guide is also open in another window. Answers here are not saved for now, so they do not replace the ones there; once that window is closed, saving starts here.
status-newer-draft = A newer version saved answers on this device. Answers here are not saved, so they do not replace them. The guide still works.
status-asked-again = To protect your privacy, ID numbers and text you wrote are not kept on this device: please enter them again. Your other answers are still here.
resume-changed = { $count ->
    [one] This guide has changed since last time: 1 of your answers no longer fits, and you will be asked that question again.
   *[other] This guide has changed since last time: { $count } of your answers no longer fit, and you will be asked those questions again.
}

## The language itself: `waymark index` lists every folder under locales/ by these two, for
## the language picker (its name in its own script) and the page's direction (ltr or rtl).
language-name = English
language-direction = ltr
language-picker = Language
list-separator = { ", " }

kiosk-still-there = Are you still there?
kiosk-countdown = When the countdown ends, everything you entered is cleared and the guide starts again. Press Continue to carry on.
kiosk-continue = Continue
kiosk-end = Finish

stepper-less = Minus 1
stepper-more = Plus 1
keypad = Number keypad
keypad-delete = Delete one digit
read-aloud = Read aloud
read-auto = Read each step aloud
read-none = This device cannot read this language aloud.
elder = Large and simple
