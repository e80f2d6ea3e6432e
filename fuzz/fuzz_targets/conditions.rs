//! Fuzz the condition language: parse, type-check and evaluate any text. No input may panic,
//! overflow the stack or hang, and evaluation never yields a number that is not finite.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_engine::expr::{self, Ctx, Type, TypeEnv, Value};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(e) = expr::parse(text) else { return };
    let mut env = TypeEnv::new();
    env.insert("income".into(), Type::Number);
    env.insert("people".into(), Type::Number);
    env.insert("car".into(), Type::Choice(vec!["yes".into(), "no".into()]));
    env.insert("help".into(), Type::Multi(vec!["food".into(), "school".into()]));
    env.insert("born".into(), Type::Date);
    env.insert("id".into(), Type::IdNumber);
    env.insert("note".into(), Type::Text);
    let _ = expr::check(&e, &env);
    // Evaluate whether or not it type-checks: the evaluator must cope with anything.
    for (income, today) in [(1e12, Some(i64::MAX)), (-1e12, Some(0)), (0.0, None)] {
        let lookup = |n: &str| match n {
            "income" | "people" => Value::Number(income),
            "car" => Value::Text("yes".into()),
            "help" => Value::List(vec!["food".into()]),
            "born" => Value::Date(-25_567),
            "id" => Value::Text("11010519491231002X".into()),
            "note" => Value::Text("x".into()),
            _ => Value::Unknown,
        };
        if let Value::Number(n) = expr::eval(&e, &Ctx { lookup: &lookup, today }) {
            assert!(n.is_finite(), "{text:?} = {n}");
        }
    }
});
