import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

function classes(variant: ButtonVariant, className?: string) {
  return ['button', `button--${variant}`, className].filter(Boolean).join(' ');
}

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  variant?: ButtonVariant;
  className?: string;
}

export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  return <AriaButton {...props} className={classes(variant, className)} />;
}

export interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
}

/** A navigation that looks like a button (it is still a link for assistive technology). */
export function LinkButton({ variant = 'secondary', className, ...props }: LinkButtonProps) {
  return <Link {...props} className={classes(variant, className)} />;
}
