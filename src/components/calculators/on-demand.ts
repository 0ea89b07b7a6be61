import { useRef, useState } from 'preact/hooks';

/**
 * A module an island loads the first time it is asked for (`load`), kept for as long as the
 * page lives: `module` is undefined until it has arrived, and the island renders again then.
 * A failed download is tried again on the next `load`.
 */
export function useOnDemand<T>(importer: () => Promise<T>): { module: T | undefined; load: () => Promise<T> } {
	const [module, setModule] = useState<T>();
	const promise = useRef<Promise<T>>();
	const load = () =>
		(promise.current ??= importer().then(
			(loaded) => {
				setModule(() => loaded);
				return loaded;
			},
			(error: unknown) => {
				promise.current = undefined;
				throw error;
			},
		));
	return { module, load };
}
