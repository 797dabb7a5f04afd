//! The `cidr` format: an IPv4 network such as `10.0.0.0/8` (host bits must be zero).

use std::net::Ipv4Addr;

pub fn is_cidr(text: &str) -> bool {
    let Some((addr, bits)) = text.split_once('/') else {
        return false;
    };
    if bits.len() > 1 && bits.starts_with('0') {
        return false;
    }
    let (Ok(addr), Ok(bits)) = (addr.parse::<Ipv4Addr>(), bits.parse::<u32>()) else {
        return false;
    };
    if bits > 32 {
        return false;
    }
    let mask = if bits == 0 { 0 } else { u32::MAX << (32 - bits) };
    u32::from(addr) & !mask == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_networks_only() {
        for ok in ["10.0.0.0/8", "192.168.1.0/24", "0.0.0.0/0", "172.16.0.0/12", "1.2.3.4/32"] {
            assert!(is_cidr(ok), "{ok}");
        }
        for bad in ["10.0.0.1/8", "10.0.0.0", "10.0.0.0/33", "300.0.0.0/8", "10.0.0.0/08", "a/b", ""] {
            assert!(!is_cidr(bad), "{bad}");
        }
    }
}
