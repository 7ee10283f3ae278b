// Kept apart from Button.tsx (React Aria's button): the first page draws link buttons without
// loading the widget library.
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

export function buttonClasses(variant: ButtonVariant, className?: string) {
  return ['button', `button--${variant}`, className].filter(Boolean).join(' ');
}

export interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
}

/** A navigation that looks like a button (it is still a link for assistive technology). */
export function LinkButton({ variant = 'secondary', className, ...props }: LinkButtonProps) {
  return <Link {...props} className={buttonClasses(variant, className)} />;
}
