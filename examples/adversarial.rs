//! Writes an adversarial text to stdout: `cargo run --release --example adversarial -- SHAPE
//! BYTES`, or the shapes' names with no arguments. `scripts/memory-budget` measures the
//! export's peak memory on them.

#[path = "../tests/it/adversarial/shapes.rs"]
mod shapes;

use std::io::Write;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(name), Some(bytes)) = (args.next(), args.next()) else {
        for shape in shapes::SHAPES {
            println!("{}", shape.name);
        }
        return std::process::ExitCode::SUCCESS;
    };
    let Some(shape) = shapes::find(&name) else {
        eprintln!("adversarial: no shape named {name:?}");
        return std::process::ExitCode::FAILURE;
    };
    let Ok(bytes) = bytes.parse::<usize>() else {
        eprintln!("adversarial: {bytes:?} is not a number of bytes");
        return std::process::ExitCode::FAILURE;
    };
    let text = shapes::text(shape, bytes);
    if std::io::stdout().write_all(text.as_bytes()).is_err() {
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
}
