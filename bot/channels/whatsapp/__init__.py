"""The WhatsApp channel (Cloud API), bridged onto the same Dispatcher as Telegram."""
