// SPDX-License-Identifier: GPL-2.0
// Test helper for scripts/qemu-gpio/run.sh: x86 has no device tree, so this module
// registers a `leds-gpio` platform device whose single LED is line `line` of the GPIO
// chip labelled `chip` (a gpio-sim bank). The LED then appears as
// /sys/class/leds/<name>/ and writes to its brightness (or its timer trigger) drive the
// simulated line, readable back in /sys/devices/platform/gpio-sim.0/.../sim_gpioN/value.
#include <linux/err.h>
#include <linux/gpio/machine.h>
#include <linux/leds.h>
#include <linux/module.h>
#include <linux/platform_device.h>

static char *chip = "outpost-leds";
module_param(chip, charp, 0444);
MODULE_PARM_DESC(chip, "label of the GPIO chip holding the LED line");
static unsigned int line = 7;
module_param(line, uint, 0444);
MODULE_PARM_DESC(line, "offset of the LED line on that chip");
static char *name = "status:green";
module_param(name, charp, 0444);
MODULE_PARM_DESC(name, "LED class device name");

static struct gpiod_lookup_table lookup = {
	.dev_id = "leds-gpio",
	.table = {
		GPIO_LOOKUP_IDX(NULL, 0, NULL, 0, GPIO_ACTIVE_HIGH),
		{ },
	},
};

static struct gpio_led led;
static struct gpio_led_platform_data pdata;
static struct platform_device *pdev;

static int __init outpost_leds_sim_init(void)
{
	lookup.table[0].key = chip;
	lookup.table[0].chip_hwnum = line;
	gpiod_add_lookup_table(&lookup);
	led.name = name;
	led.default_state = LEDS_GPIO_DEFSTATE_OFF;
	pdata.num_leds = 1;
	pdata.leds = &led;
	pdev = platform_device_register_data(NULL, "leds-gpio", PLATFORM_DEVID_NONE, &pdata, sizeof(pdata));
	if (IS_ERR(pdev)) {
		gpiod_remove_lookup_table(&lookup);
		return PTR_ERR(pdev);
	}
	return 0;
}

static void __exit outpost_leds_sim_exit(void)
{
	platform_device_unregister(pdev);
	gpiod_remove_lookup_table(&lookup);
}

module_init(outpost_leds_sim_init);
module_exit(outpost_leds_sim_exit);
MODULE_DESCRIPTION("Outpost test helper: one leds-gpio LED on a gpio-sim line");
MODULE_LICENSE("GPL");
