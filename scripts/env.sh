# Sourced by the other scripts: cargo's own bin folder (rustup, cargo, wasm-bindgen) may be
# missing from PATH in a non-login shell such as CI's.
if [ -d "${CARGO_HOME:-$HOME/.cargo}/bin" ]; then
  export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
fi
