//! Following a created resource to a final state.
